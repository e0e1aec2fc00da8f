/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Investment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Investment#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.perenne.model.Investment#getMonth <em>Month</em>}</li>
 *   <li>{@link org.perenne.model.Investment#getDepreciationYears <em>Depreciation Years</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getInvestment()
 * @model
 * @generated
 */
public interface Investment extends Element, CostLine {
	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see org.perenne.model.PerennePackage#getInvestment_Amount()
	 * @model
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link org.perenne.model.Investment#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see org.perenne.model.PerennePackage#getInvestment_Month()
	 * @model
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.Investment#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>Depreciation Years</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depreciation Years</em>' attribute.
	 * @see #setDepreciationYears(int)
	 * @see org.perenne.model.PerennePackage#getInvestment_DepreciationYears()
	 * @model default="5"
	 * @generated
	 */
	int getDepreciationYears();

	/**
	 * Sets the value of the '{@link org.perenne.model.Investment#getDepreciationYears <em>Depreciation Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depreciation Years</em>' attribute.
	 * @see #getDepreciationYears()
	 * @generated
	 */
	void setDepreciationYears(int value);

} // Investment
