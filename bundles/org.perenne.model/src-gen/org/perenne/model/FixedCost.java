/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed Cost</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.FixedCost#getCategory <em>Category</em>}</li>
 *   <li>{@link org.perenne.model.FixedCost#getMonthlyAmount <em>Monthly Amount</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getFixedCost()
 * @model
 * @generated
 */
public interface FixedCost extends Element, CostLine, Indexed {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.CostCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.perenne.model.CostCategory
	 * @see #setCategory(CostCategory)
	 * @see org.perenne.model.PerennePackage#getFixedCost_Category()
	 * @model
	 * @generated
	 */
	CostCategory getCategory();

	/**
	 * Sets the value of the '{@link org.perenne.model.FixedCost#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.perenne.model.CostCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(CostCategory value);

	/**
	 * Returns the value of the '<em><b>Monthly Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Amount</em>' attribute.
	 * @see #setMonthlyAmount(double)
	 * @see org.perenne.model.PerennePackage#getFixedCost_MonthlyAmount()
	 * @model
	 * @generated
	 */
	double getMonthlyAmount();

	/**
	 * Sets the value of the '{@link org.perenne.model.FixedCost#getMonthlyAmount <em>Monthly Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Amount</em>' attribute.
	 * @see #getMonthlyAmount()
	 * @generated
	 */
	void setMonthlyAmount(double value);

} // FixedCost
