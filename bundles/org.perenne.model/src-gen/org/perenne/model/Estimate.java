/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Estimate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One participant's view of a figure: a low, a likely and a high value (a triangular law).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Estimate#getLow <em>Low</em>}</li>
 *   <li>{@link org.perenne.model.Estimate#getLikely <em>Likely</em>}</li>
 *   <li>{@link org.perenne.model.Estimate#getHigh <em>High</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getEstimate()
 * @model
 * @generated
 */
public interface Estimate extends EObject {
	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.perenne.model.PerennePackage#getEstimate_Low()
	 * @model
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.perenne.model.Estimate#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(double value);

	/**
	 * Returns the value of the '<em><b>Likely</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Likely</em>' attribute.
	 * @see #setLikely(double)
	 * @see org.perenne.model.PerennePackage#getEstimate_Likely()
	 * @model
	 * @generated
	 */
	double getLikely();

	/**
	 * Sets the value of the '{@link org.perenne.model.Estimate#getLikely <em>Likely</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likely</em>' attribute.
	 * @see #getLikely()
	 * @generated
	 */
	void setLikely(double value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.perenne.model.PerennePackage#getEstimate_High()
	 * @model
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.perenne.model.Estimate#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

} // Estimate
